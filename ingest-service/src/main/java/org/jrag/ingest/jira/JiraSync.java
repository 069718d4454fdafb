package org.jrag.ingest.jira;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jrag.ingest.mirror.Mirror;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.mirror.StoreRequests;
import org.jrag.ingest.mirror.StoreSyncs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps collections in step with Jira projects ({@link MirrorSync}: every issue the project's JQL finds stored under
 * the source {@code <name>/<key>.html} with its fields, description and comments, every attachment of a supported
 * format under {@code <name>/<key>/<file>}, each read again only when Jira updated its issue, gone ones deleted, each
 * linked to the address), in rounds one instance at a time ({@link StoreSyncs}; the last runs in {@code
 * project_run}).
 */
@Service
public class JiraSync extends StoreSyncs<JiraSyncProperties.Project> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262648L;

    private final MirrorSync mirrors;
    private final JsonMapper json;
    private final HttpClient http = StoreRequests.client();

    JiraSync(
            JiraSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.PROJECT,
                SYNC_LOCK,
                properties.projects(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.json = json;
    }

    public List<JiraSyncProperties.Project> projects() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(JiraSyncProperties.Project project) {
        return mirrors.sync(mirror(project), new JiraStore(project, http, json));
    }

    @Override
    protected Map<String, Object> where(JiraSyncProperties.Project project) {
        return entries(
                "location",
                project.location(),
                "jql",
                project.jql(),
                "comments",
                project.comments(),
                "attachments",
                project.attachments());
    }
}
