{{/*
The four services as the contract fixes them: values key -> name, port, the env var that sets the port,
and whether the service talks to PostgreSQL.
*/}}
{{- define "jrag.components" -}}
ingestService:
  name: ingest-service
  port: 8081
  portEnv: RAG_INGEST_PORT
  database: true
retrievalService:
  name: retrieval-service
  port: 8082
  portEnv: RAG_RETRIEVAL_PORT
  database: true
generationService:
  name: generation-service
  port: 8083
  portEnv: RAG_GENERATION_PORT
  database: false
gateway:
  name: gateway
  port: 8080
  portEnv: RAG_GATEWAY_PORT
  database: false
{{- end }}

{{/* One component by values key: (include "jrag.component" (dict "root" $ "key" "gateway") | fromYaml) */}}
{{- define "jrag.component" -}}
{{- index (include "jrag.components" .root | fromYaml) .key | toYaml }}
{{- end }}

{{- define "jrag.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* release-chart, or just the release name when it already contains the chart name */}}
{{- define "jrag.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The object name of a component: (include "jrag.componentName" (dict "root" $ "name" "gateway")) */}}
{{- define "jrag.componentName" -}}
{{- printf "%s-%s" (include "jrag.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "jrag.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "jrag.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "jrag.secretName" -}}
{{- default (printf "%s-db" (include "jrag.fullname" .)) .Values.database.existingSecret }}
{{- end }}

{{/* Labels on every object; pass (dict "root" $ "name" "<component>") or (dict "root" $) */}}
{{- define "jrag.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "jrag.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: jrag
{{- end }}

{{- define "jrag.selectorLabels" -}}
app.kubernetes.io/name: {{ include "jrag.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- with .name }}
app.kubernetes.io/component: {{ . }}
{{- end }}
{{- end }}

{{/*
The pod template shared by every workload: (include "jrag.podTemplate" (dict "root" $ "key" "ingestService")).
Probes on the actuator health groups, non-root and read-only root filesystem with /tmp as an emptyDir,
Prometheus scrape annotations, the JVM flags (via the ConfigMap's JAVA_TOOL_OPTIONS) and the DB password
from the Secret for the services that use PostgreSQL.
*/}}
{{- define "jrag.podTemplate" -}}
{{- $root := .root }}
{{- $svc := index $root.Values .key }}
{{- $c := include "jrag.component" . | fromYaml }}
{{- $models := false }}
{{- if eq .key "generationService" }}{{ $models = $svc.models.enabled }}{{ end -}}
{{- $folders := list }}
{{- if eq .key "ingestService" }}{{ $folders = $svc.folderSync.folders }}{{ end -}}
{{- $sites := list }}
{{- if eq .key "ingestService" }}{{ $sites = $svc.webSync.sites }}{{ end -}}
{{- $buckets := list }}
{{- if eq .key "ingestService" }}{{ $buckets = $svc.bucketSync.buckets }}{{ end -}}
{{- $mailboxes := list }}
{{- if eq .key "ingestService" }}{{ $mailboxes = $svc.mailboxSync.mailboxes }}{{ end -}}
{{- $drives := list }}
{{- if eq .key "ingestService" }}{{ $drives = $svc.driveSync.drives }}{{ end -}}
{{- $containers := list }}
{{- if eq .key "ingestService" }}{{ $containers = $svc.blobSync.containers }}{{ end -}}
{{- $repositories := list }}
{{- if eq .key "ingestService" }}{{ $repositories = $svc.repositorySync.repositories }}{{ end -}}
{{- $spaces := list }}
{{- if eq .key "ingestService" }}{{ $spaces = $svc.confluenceSync.spaces }}{{ end -}}
{{- $projects := list }}
{{- if eq .key "ingestService" }}{{ $projects = $svc.jiraSync.projects }}{{ end -}}
{{- $guides := list }}
{{- if eq .key "ingestService" }}{{ $guides = $svc.zendeskSync.guides }}{{ end -}}
{{- $gdrives := list }}
{{- if eq .key "ingestService" }}{{ $gdrives = $svc.googleDriveSync.drives }}{{ end -}}
{{- $kbs := list }}
{{- if eq .key "ingestService" }}{{ $kbs = $svc.serviceNowSync.knowledgeBases }}{{ end -}}
metadata:
  labels:
    {{- include "jrag.labels" (dict "root" $root "name" $c.name) | nindent 4 }}
  annotations:
    prometheus.io/scrape: "true"
    prometheus.io/port: {{ $c.port | quote }}
    prometheus.io/path: /actuator/prometheus
    # roll the pods when the shared environment changes
    checksum/config: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
spec:
  serviceAccountName: {{ include "jrag.serviceAccountName" $root }}
  automountServiceAccountToken: false
  terminationGracePeriodSeconds: {{ $root.Values.terminationGracePeriodSeconds }}
  securityContext:
    {{- toYaml $root.Values.podSecurityContext | nindent 4 }}
  {{- with $root.Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: {{ $c.name }}
      image: {{ printf "%s:%s" $svc.image.repository (default $root.Chart.AppVersion $svc.image.tag) | quote }}
      imagePullPolicy: {{ $svc.image.pullPolicy }}
      ports:
        - name: http
          containerPort: {{ $c.port }}
      envFrom:
        - configMapRef:
            name: {{ include "jrag.fullname" $root }}-config
      env:
        - name: {{ $c.portEnv }}
          value: {{ $c.port | quote }}
        {{- if $c.database }}
        - name: RAG_DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: {{ include "jrag.secretName" $root }}
              key: {{ $root.Values.database.existingSecretKey }}
        {{- end }}
        {{- if and (eq .key "gateway") $svc.apiKeys.existingSecret }}
        - name: RAG_GATEWAY_API_KEYS
          valueFrom:
            secretKeyRef:
              name: {{ $svc.apiKeys.existingSecret }}
              key: {{ $svc.apiKeys.existingSecretKey }}
        {{- end }}
        {{- if and (eq .key "gateway") $svc.jwt.issuer }}
        - name: RAG_GATEWAY_JWT_ISSUER
          value: {{ $svc.jwt.issuer | quote }}
        {{- with $svc.jwt.jwkSetUri }}
        - name: RAG_GATEWAY_JWT_JWK_SET_URI
          value: {{ . | quote }}
        {{- end }}
        {{- with $svc.jwt.audience }}
        - name: RAG_GATEWAY_JWT_AUDIENCE
          value: {{ . | quote }}
        {{- end }}
        - name: RAG_GATEWAY_JWT_ROLES_CLAIM
          value: {{ $svc.jwt.rolesClaim | quote }}
        - name: RAG_GATEWAY_JWT_WRITER_ROLES
          value: {{ join "," $svc.jwt.writerRoles | quote }}
        {{- with $svc.jwt.roleCollections }}
        - name: RAG_GATEWAY_JWT_ROLE_COLLECTIONS
          value: {{ join "," . | quote }}
        {{- end }}
        {{- with $svc.jwt.consoleClientId }}
        - name: RAG_GATEWAY_CONSOLE_CLIENT_ID
          value: {{ . | quote }}
        {{- end }}
        {{- with $svc.jwt.introspection.clientId }}
        - name: RAG_GATEWAY_JWT_INTROSPECTION_CLIENT_ID
          value: {{ . | quote }}
        - name: RAG_GATEWAY_JWT_INTROSPECTION_CLIENT_SECRET
          valueFrom:
            secretKeyRef:
              name: {{ required "gateway.jwt.introspection.existingSecret is required with a clientId" $svc.jwt.introspection.existingSecret }}
              key: {{ $svc.jwt.introspection.existingSecretKey }}
        {{- end }}
        {{- end }}
        {{- if eq .key "retrievalService" }}
        - name: RAG_BM25_INDEX_DIR
          value: /var/lib/jrag/bm25
        {{- end }}
        {{- if $models }}
        - name: RAG_MODEL_PATH
          value: {{ printf "%s/%s" $svc.models.mountPath $svc.models.file | quote }}
        {{- end }}
        {{- range $i, $f := $folders }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_NAME
          value: {{ required "ingestService.folderSync.folders[].name is required" $f.name | quote }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_COLLECTION
          value: {{ required "ingestService.folderSync.folders[].collection is required" $f.collection | quote }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_PATH
          value: {{ printf "/folders/%s" $f.name | quote }}
        {{- with $f.include }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_INCLUDE
          value: {{ join "," . | quote }}
        {{- end }}
        {{- if hasKey $f "delete" }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_DELETE
          value: {{ $f.delete | quote }}
        {{- end }}
        {{- with $f.readers }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_READERS
          value: {{ join "," . | quote }}
        {{- end }}
        {{- with $f.language }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_LANGUAGE
          value: {{ . | quote }}
        {{- end }}
        {{- with $f.redact }}
        - name: RAG_INGEST_FOLDERSYNC_FOLDERS_{{ $i }}_REDACT
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- if $folders }}
        - name: RAG_INGEST_FOLDERSYNC_INTERVAL
          value: {{ $svc.folderSync.interval | quote }}
        {{- end }}
        {{- range $i, $b := $buckets }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_NAME
          value: {{ required "ingestService.bucketSync.buckets[].name is required" $b.name | quote }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_COLLECTION
          value: {{ required "ingestService.bucketSync.buckets[].collection is required" $b.collection | quote }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_BUCKET
          value: {{ required "ingestService.bucketSync.buckets[].bucket is required" $b.bucket | quote }}
        {{- range $field := list "endpoint" "region" "prefix" "language" }}
        {{- with get $b $field }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- range $field := list "pathStyle" "delete" }}
        {{- if hasKey $b $field }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_{{ upper $field }}
          value: {{ get $b $field | quote }}
        {{- end }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $b $field }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- with $b.credentialsSecret }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_ACCESSKEYID
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.bucketSync.buckets[].credentialsSecret.name is required" .name }}
              key: {{ .accessKeyIdKey | default "access-key-id" }}
        - name: RAG_INGEST_BUCKETSYNC_BUCKETS_{{ $i }}_SECRETACCESSKEY
          valueFrom:
            secretKeyRef:
              name: {{ .name }}
              key: {{ .secretAccessKeyKey | default "secret-access-key" }}
        {{- end }}
        {{- end }}
        {{- if $buckets }}
        - name: RAG_INGEST_BUCKETSYNC_INTERVAL
          value: {{ $svc.bucketSync.interval | quote }}
        {{- end }}
        {{- range $i, $m := $mailboxes }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_NAME
          value: {{ required "ingestService.mailboxSync.mailboxes[].name is required" $m.name | quote }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.mailboxSync.mailboxes[].collection is required" $m.collection | quote }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_HOST
          value: {{ required "ingestService.mailboxSync.mailboxes[].host is required" $m.host | quote }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_USERNAME
          value: {{ required "ingestService.mailboxSync.mailboxes[].username is required" $m.username | quote }}
        {{- with $m.oauth2 }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_OAUTH2_TOKENURL
          value: {{ required "ingestService.mailboxSync.mailboxes[].oauth2.tokenUrl is required" .tokenUrl | quote }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_OAUTH2_CLIENTID
          value: {{ required "ingestService.mailboxSync.mailboxes[].oauth2.clientId is required" .clientId | quote }}
        {{- with .scope }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_OAUTH2_SCOPE
          value: {{ . | quote }}
        {{- end }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_OAUTH2_CLIENTSECRET
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.mailboxSync.mailboxes[].oauth2.clientSecretSecret.name is required" (.clientSecretSecret | default dict).name }}
              key: {{ (.clientSecretSecret | default dict).key | default "client-secret" }}
        {{- else }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_PASSWORD
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.mailboxSync.mailboxes[].passwordSecret.name is required" ($m.passwordSecret | default dict).name }}
              key: {{ ($m.passwordSecret | default dict).key | default "password" }}
        {{- end }}
        {{- range $field := list "port" "security" "language" }}
        {{- with get $m $field }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- if hasKey $m "delete" }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_DELETE
          value: {{ $m.delete | quote }}
        {{- end }}
        {{- range $field := list "folders" "readers" "redact" }}
        {{- with get $m $field }}
        - name: RAG_INGEST_MAILBOXSYNC_MAILBOXES_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- end }}
        {{- if $mailboxes }}
        - name: RAG_INGEST_MAILBOXSYNC_INTERVAL
          value: {{ $svc.mailboxSync.interval | quote }}
        {{- end }}
        {{- range $i, $d := $drives }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_NAME
          value: {{ required "ingestService.driveSync.drives[].name is required" $d.name | quote }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.driveSync.drives[].collection is required" $d.collection | quote }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_DRIVEID
          value: {{ required "ingestService.driveSync.drives[].driveId is required" $d.driveId | quote }}
        {{- range $field := list "folder" "graphUrl" "language" }}
        {{- with get $d $field }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- if hasKey $d "delete" }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_DELETE
          value: {{ $d.delete | quote }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $d $field }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- $oauth := required "ingestService.driveSync.drives[].oauth2 is required" $d.oauth2 }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_OAUTH2_TOKENURL
          value: {{ required "ingestService.driveSync.drives[].oauth2.tokenUrl is required" $oauth.tokenUrl | quote }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_OAUTH2_CLIENTID
          value: {{ required "ingestService.driveSync.drives[].oauth2.clientId is required" $oauth.clientId | quote }}
        - name: RAG_INGEST_DRIVESYNC_DRIVES_{{ $i }}_OAUTH2_CLIENTSECRET
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.driveSync.drives[].oauth2.clientSecretSecret.name is required" ($oauth.clientSecretSecret | default dict).name }}
              key: {{ ($oauth.clientSecretSecret | default dict).key | default "client-secret" }}
        {{- end }}
        {{- if $drives }}
        - name: RAG_INGEST_DRIVESYNC_INTERVAL
          value: {{ $svc.driveSync.interval | quote }}
        {{- end }}
        {{- range $i, $c := $containers }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_NAME
          value: {{ required "ingestService.blobSync.containers[].name is required" $c.name | quote }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_COLLECTION
          value: {{ required "ingestService.blobSync.containers[].collection is required" $c.collection | quote }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_CONTAINER
          value: {{ required "ingestService.blobSync.containers[].container is required" $c.container | quote }}
        {{- range $field := list "account" "endpoint" "prefix" "language" }}
        {{- with get $c $field }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- if hasKey $c "delete" }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_DELETE
          value: {{ $c.delete | quote }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $c $field }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- with $c.oauth2 }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_OAUTH2_TOKENURL
          value: {{ required "ingestService.blobSync.containers[].oauth2.tokenUrl is required" .tokenUrl | quote }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_OAUTH2_CLIENTID
          value: {{ required "ingestService.blobSync.containers[].oauth2.clientId is required" .clientId | quote }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_OAUTH2_CLIENTSECRET
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.blobSync.containers[].oauth2.clientSecretSecret.name is required" (.clientSecretSecret | default dict).name }}
              key: {{ (.clientSecretSecret | default dict).key | default "client-secret" }}
        {{- else }}
        - name: RAG_INGEST_BLOBSYNC_CONTAINERS_{{ $i }}_SASTOKEN
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.blobSync.containers[].sasTokenSecret.name is required" ($c.sasTokenSecret | default dict).name }}
              key: {{ ($c.sasTokenSecret | default dict).key | default "sas-token" }}
        {{- end }}
        {{- end }}
        {{- if $containers }}
        - name: RAG_INGEST_BLOBSYNC_INTERVAL
          value: {{ $svc.blobSync.interval | quote }}
        {{- end }}
        {{- range $i, $r := $repositories }}
        - name: RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_{{ $i }}_NAME
          value: {{ required "ingestService.repositorySync.repositories[].name is required" $r.name | quote }}
        - name: RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.repositorySync.repositories[].collection is required" $r.collection | quote }}
        - name: RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_{{ $i }}_URL
          value: {{ required "ingestService.repositorySync.repositories[].url is required" $r.url | quote }}
        {{- range $field := list "branch" "path" "webUrl" "username" "language" }}
        {{- with get $r $field }}
        - name: RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- if hasKey $r "delete" }}
        - name: RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_{{ $i }}_DELETE
          value: {{ $r.delete | quote }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $r $field }}
        - name: RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- with $r.tokenSecret }}
        - name: RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_{{ $i }}_TOKEN
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.repositorySync.repositories[].tokenSecret.name is required" .name }}
              key: {{ .key | default "token" }}
        {{- end }}
        {{- end }}
        {{- if $repositories }}
        - name: RAG_INGEST_REPOSITORYSYNC_INTERVAL
          value: {{ $svc.repositorySync.interval | quote }}
        {{- end }}
        {{- range $i, $s := $spaces }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_NAME
          value: {{ required "ingestService.confluenceSync.spaces[].name is required" $s.name | quote }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.confluenceSync.spaces[].collection is required" $s.collection | quote }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_URL
          value: {{ required "ingestService.confluenceSync.spaces[].url is required" $s.url | quote }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_SPACEKEY
          value: {{ required "ingestService.confluenceSync.spaces[].spaceKey is required" $s.spaceKey | quote }}
        {{- range $field := list "username" "rootPage" "language" }}
        {{- with get $s $field }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- range $field := list "attachments" "blogPosts" "restrictions" "delete" }}
        {{- if hasKey $s $field }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_{{ upper $field }}
          value: {{ get $s $field | quote }}
        {{- end }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $s $field }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        - name: RAG_INGEST_CONFLUENCESYNC_SPACES_{{ $i }}_TOKEN
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.confluenceSync.spaces[].tokenSecret.name is required" ($s.tokenSecret | default dict).name }}
              key: {{ ($s.tokenSecret | default dict).key | default "token" }}
        {{- end }}
        {{- if $spaces }}
        - name: RAG_INGEST_CONFLUENCESYNC_INTERVAL
          value: {{ $svc.confluenceSync.interval | quote }}
        {{- end }}
        {{- range $i, $p := $projects }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_NAME
          value: {{ required "ingestService.jiraSync.projects[].name is required" $p.name | quote }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_COLLECTION
          value: {{ required "ingestService.jiraSync.projects[].collection is required" $p.collection | quote }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_URL
          value: {{ required "ingestService.jiraSync.projects[].url is required" $p.url | quote }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_PROJECTKEY
          value: {{ required "ingestService.jiraSync.projects[].projectKey is required" $p.projectKey | quote }}
        {{- range $field := list "username" "jql" "language" }}
        {{- with get $p $field }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- range $field := list "comments" "attachments" "delete" }}
        {{- if hasKey $p $field }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_{{ upper $field }}
          value: {{ get $p $field | quote }}
        {{- end }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $p $field }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        - name: RAG_INGEST_JIRASYNC_PROJECTS_{{ $i }}_TOKEN
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.jiraSync.projects[].tokenSecret.name is required" ($p.tokenSecret | default dict).name }}
              key: {{ ($p.tokenSecret | default dict).key | default "token" }}
        {{- end }}
        {{- if $projects }}
        - name: RAG_INGEST_JIRASYNC_INTERVAL
          value: {{ $svc.jiraSync.interval | quote }}
        {{- end }}
        {{- range $i, $g := $guides }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_NAME
          value: {{ required "ingestService.zendeskSync.guides[].name is required" $g.name | quote }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.zendeskSync.guides[].collection is required" $g.collection | quote }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_URL
          value: {{ required "ingestService.zendeskSync.guides[].url is required" $g.url | quote }}
        {{- range $field := list "username" "locale" "language" }}
        {{- with get $g $field }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- if hasKey $g "delete" }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_DELETE
          value: {{ $g.delete | quote }}
        {{- end }}
        {{- range $field := list "categories" "include" "readers" "redact" }}
        {{- with get $g $field }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- range $segment, $readers := ($g.segmentReaders | default dict) }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_SEGMENTREADERS_{{ $segment }}
          value: {{ join "," $readers | quote }}
        {{- end }}
        - name: RAG_INGEST_ZENDESKSYNC_GUIDES_{{ $i }}_TOKEN
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.zendeskSync.guides[].tokenSecret.name is required" ($g.tokenSecret | default dict).name }}
              key: {{ ($g.tokenSecret | default dict).key | default "token" }}
        {{- end }}
        {{- if $guides }}
        - name: RAG_INGEST_ZENDESKSYNC_INTERVAL
          value: {{ $svc.zendeskSync.interval | quote }}
        {{- end }}
        {{- range $i, $d := $gdrives }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_{{ $i }}_NAME
          value: {{ required "ingestService.googleDriveSync.drives[].name is required" $d.name | quote }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.googleDriveSync.drives[].collection is required" $d.collection | quote }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_{{ $i }}_FOLDERID
          value: {{ required "ingestService.googleDriveSync.drives[].folderId is required" $d.folderId | quote }}
        {{- range $field := list "subject" "language" }}
        {{- with get $d $field }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- if hasKey $d "delete" }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_{{ $i }}_DELETE
          value: {{ $d.delete | quote }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $d $field }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_{{ $i }}_SERVICEACCOUNTKEY
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.googleDriveSync.drives[].serviceAccountKeySecret.name is required" ($d.serviceAccountKeySecret | default dict).name }}
              key: {{ ($d.serviceAccountKeySecret | default dict).key | default "key.json" }}
        {{- end }}
        {{- if $gdrives }}
        - name: RAG_INGEST_GOOGLEDRIVESYNC_INTERVAL
          value: {{ $svc.googleDriveSync.interval | quote }}
        {{- end }}
        {{- range $i, $k := $kbs }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_NAME
          value: {{ required "ingestService.serviceNowSync.knowledgeBases[].name is required" $k.name | quote }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.serviceNowSync.knowledgeBases[].collection is required" $k.collection | quote }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_URL
          value: {{ required "ingestService.serviceNowSync.knowledgeBases[].url is required" $k.url | quote }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_KNOWLEDGEBASE
          value: {{ required "ingestService.serviceNowSync.knowledgeBases[].knowledgeBase is required" $k.knowledgeBase | quote }}
        {{- range $field := list "username" "language" }}
        {{- with get $k $field }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_{{ upper $field }}
          value: {{ . | quote }}
        {{- end }}
        {{- end }}
        {{- if hasKey $k "delete" }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_DELETE
          value: {{ $k.delete | quote }}
        {{- end }}
        {{- range $field := list "include" "readers" "redact" }}
        {{- with get $k $field }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_{{ upper $field }}
          value: {{ join "," . | quote }}
        {{- end }}
        {{- end }}
        {{- range $criterion, $readers := ($k.criteriaReaders | default dict) }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_CRITERIAREADERS_{{ upper $criterion }}
          value: {{ join "," $readers | quote }}
        {{- end }}
        - name: RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_{{ $i }}_TOKEN
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.serviceNowSync.knowledgeBases[].tokenSecret.name is required" ($k.tokenSecret | default dict).name }}
              key: {{ ($k.tokenSecret | default dict).key | default "token" }}
        {{- end }}
        {{- if $kbs }}
        - name: RAG_INGEST_SERVICENOWSYNC_INTERVAL
          value: {{ $svc.serviceNowSync.interval | quote }}
        {{- end }}
        {{- range $i, $site := $sites }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_NAME
          value: {{ required "ingestService.webSync.sites[].name is required" $site.name | quote }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_COLLECTION
          value: {{ required "ingestService.webSync.sites[].collection is required" $site.collection | quote }}
        {{- with $site.urls }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_URLS
          value: {{ join "," . | quote }}
        {{- end }}
        {{- with $site.sitemaps }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_SITEMAPS
          value: {{ join "," . | quote }}
        {{- end }}
        {{- with $site.prefixes }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_PREFIXES
          value: {{ join "," . | quote }}
        {{- end }}
        {{- if hasKey $site "maxPages" }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_MAXPAGES
          value: {{ $site.maxPages | quote }}
        {{- end }}
        {{- if hasKey $site "maxDepth" }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_MAXDEPTH
          value: {{ $site.maxDepth | quote }}
        {{- end }}
        {{- if hasKey $site "delete" }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_DELETE
          value: {{ $site.delete | quote }}
        {{- end }}
        {{- with $site.readers }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_READERS
          value: {{ join "," . | quote }}
        {{- end }}
        {{- with $site.language }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_LANGUAGE
          value: {{ . | quote }}
        {{- end }}
        {{- with $site.redact }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_REDACT
          value: {{ join "," . | quote }}
        {{- end }}
        {{- with $site.authorizationSecret }}
        - name: RAG_INGEST_WEBSYNC_SITES_{{ $i }}_HEADERS_AUTHORIZATION
          valueFrom:
            secretKeyRef:
              name: {{ required "ingestService.webSync.sites[].authorizationSecret.name is required" .name }}
              key: {{ .key | default "authorization" }}
        {{- end }}
        {{- end }}
        {{- if $sites }}
        - name: RAG_INGEST_WEBSYNC_INTERVAL
          value: {{ $svc.webSync.interval | quote }}
        {{- end }}
        {{- range $name, $value := $svc.env }}
        - name: {{ $name }}
          value: {{ $value | quote }}
        {{- end }}
      resources:
        {{- toYaml $svc.resources | nindent 8 }}
      startupProbe:
        httpGet:
          path: /actuator/health/liveness
          port: http
        {{- toYaml $root.Values.probes.startup | nindent 8 }}
      livenessProbe:
        httpGet:
          path: /actuator/health/liveness
          port: http
        {{- toYaml $root.Values.probes.liveness | nindent 8 }}
      readinessProbe:
        httpGet:
          path: /actuator/health/readiness
          port: http
        {{- toYaml $root.Values.probes.readiness | nindent 8 }}
      securityContext:
        {{- toYaml $root.Values.securityContext | nindent 8 }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        {{- if eq .key "retrievalService" }}
        - name: bm25-index
          mountPath: /var/lib/jrag/bm25
        {{- end }}
        {{- if $models }}
        - name: models
          mountPath: {{ $svc.models.mountPath }}
          readOnly: true
        {{- end }}
        {{- range $folders }}
        - name: folder-{{ .name }}
          mountPath: /folders/{{ .name }}
          {{- with .subPath }}
          subPath: {{ . }}
          {{- end }}
          readOnly: true
        {{- end }}
  volumes:
    - name: tmp
      emptyDir:
        sizeLimit: {{ $root.Values.tmpSizeLimit }}
    {{- if $models }}
    - name: models
      persistentVolumeClaim:
        claimName: {{ required "generationService.models.existingClaim is required when models are enabled" $svc.models.existingClaim }}
        readOnly: true
    {{- end }}
    {{- range $folders }}
    - name: folder-{{ .name }}
      persistentVolumeClaim:
        claimName: {{ required "ingestService.folderSync.folders[].existingClaim is required" .existingClaim }}
        readOnly: true
    {{- end }}
{{- end }}
