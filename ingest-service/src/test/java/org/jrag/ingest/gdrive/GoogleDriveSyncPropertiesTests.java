package org.jrag.ingest.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GoogleDriveSyncPropertiesTests {

    private static final GoogleStandIn GOOGLE = google();

    private static GoogleStandIn google() {
        try {
            return new GoogleStandIn();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        GOOGLE.close();
    }

    @Test
    void defaultsToGooglesApiEveryFiveMinutes() {
        var properties =
                new GoogleDriveSyncProperties(null, null, List.of(drive("0AFolderRoot0123456789", GOOGLE.keyJson())));

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(5));
        GoogleDriveSyncProperties.Drive drive = properties.drives().get(0);
        assertThat(drive.apiUrl()).isEqualTo(URI.create("https://www.googleapis.com"));
        assertThat(drive.delete()).isTrue();
        assertThat(drive.location()).isEqualTo("https://drive.google.com/drive/folders/0AFolderRoot0123456789");
        assertThat(drive.account().clientEmail()).isEqualTo(GoogleStandIn.CLIENT_EMAIL);
        assertThat(drive.account().tokenUri()).isEqualTo(URI.create(GOOGLE.url() + "/token"));
        assertThat(drive.toString()).doesNotContain("PRIVATE");
        assertThat(drive.account().toString()).doesNotContain("PRIVATE");
    }

    @Test
    void refusesAKeyThatIsNoServiceAccountsWithoutQuotingIt() {
        assertThatThrownBy(() -> drive("0AFolderRoot0123456789", null))
                .hasMessageContaining("service-account-key is required");
        assertThatThrownBy(() -> drive("0AFolderRoot0123456789", "secret-but-not-json"))
                .hasMessageContaining("service-account-key is not JSON")
                .hasMessageNotContaining("secret-but-not-json");
        assertThatThrownBy(() -> drive("0AFolderRoot0123456789", "{\"type\": \"authorized_user\"}"))
                .hasMessageContaining("must be a service account's key");
        assertThatThrownBy(
                        () -> drive(
                                "0AFolderRoot0123456789",
                                "{\"type\": \"service_account\", \"client_email\": \"a@b.iam.gserviceaccount.com\","
                                        + " \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nbm90IGEga2V5\\n-----END PRIVATE KEY-----\"}"))
                .hasMessageContaining("private_key is not an RSA key in PKCS #8 PEM")
                .hasMessageNotContaining("bm90IGEga2V5");
    }

    @Test
    void refusesAFolderIdThatIsNoDriveId() {
        assertThatThrownBy(
                        () -> drive("https://drive.google.com/drive/folders/0AFolderRoot0123456789", GOOGLE.keyJson()))
                .hasMessageContaining("folder-id must be a Drive folder's or shared drive's id");
    }

    private static GoogleDriveSyncProperties.Drive drive(String folderId, String key) {
        return new GoogleDriveSyncProperties.Drive(
                "team", "team-docs", folderId, key, null, null, null, null, null, null, null);
    }
}
