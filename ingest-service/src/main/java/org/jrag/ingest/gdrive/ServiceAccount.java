package org.jrag.ingest.gdrive;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Google Cloud service account as its JSON key file describes it: the account's e-mail address, its RSA private key
 * (PKCS #8, PEM) and the token endpoint its signed assertions go to.
 */
record ServiceAccount(String clientEmail, PrivateKey privateKey, URI tokenUri) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The account of a key file's content.
     *
     * @param where the store, for the message
     * @throws IllegalArgumentException naming what the key lacks, never quoting the key
     */
    static ServiceAccount of(String where, String keyJson) {
        if (keyJson == null || keyJson.isBlank()) {
            throw new IllegalArgumentException(
                    where + ": service-account-key is required (the service account's JSON" + " key file's content)");
        }
        JsonNode key;
        try {
            key = JSON.readTree(keyJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + ": service-account-key is not JSON (a JSON key file's content)");
        }
        if (!"service_account".equals(key.path("type").asString(""))) {
            throw new IllegalArgumentException(
                    where + ": service-account-key must be a service account's key (\"type\": \"service_account\")");
        }
        String email = key.path("client_email").asString("");
        String pem = key.path("private_key").asString("");
        String tokenUri = key.path("token_uri").asString("https://oauth2.googleapis.com/token");
        if (email.isBlank() || pem.isBlank()) {
            throw new IllegalArgumentException(where + ": service-account-key must hold client_email and private_key");
        }
        URI uri;
        try {
            uri = URI.create(tokenUri);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !List.of("http", "https").contains(uri.getScheme())) {
            throw new IllegalArgumentException(
                    where + ": service-account-key's token_uri must be an http or https URL");
        }
        return new ServiceAccount(email, privateKey(where, pem), uri);
    }

    private static PrivateKey privateKey(String where, String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    where + ": service-account-key's private_key is not an RSA key in PKCS #8 PEM");
        }
    }

    /** Leaves the key out. */
    @Override
    public String toString() {
        return "ServiceAccount[clientEmail=" + clientEmail + ", tokenUri=" + tokenUri + "]";
    }
}
