package org.jrag.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jrag.ingest.mailbox.MailboxSyncProperties.Mailbox;
import org.jrag.ingest.mailbox.MailboxSyncProperties.Security;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class MailboxSyncPropertiesTests {

    @Test
    void bindsMailboxesFromEnvironmentVariablesWithImapsOnItsPortAndTheInboxByDefault() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_NAME", "support",
                                        "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_COLLECTION", "tickets",
                                        "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_HOST", "imap.example.com",
                                        "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_USERNAME", "support@example.com",
                                        "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_PASSWORD", "app-password")));

        MailboxSyncProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("rag.ingest.mailbox-sync", MailboxSyncProperties.class)
                .get();

        assertThat(properties.mailboxes()).singleElement().satisfies(mailbox -> {
            assertThat(mailbox.security()).isEqualTo(Security.SSL);
            assertThat(mailbox.port()).isEqualTo(993);
            assertThat(mailbox.folders()).containsExactly("INBOX");
            assertThat(mailbox.delete()).isTrue();
            assertThat(mailbox.location()).isEqualTo("imaps://support%40example.com@imap.example.com:993");
            assertThat(mailbox.toString()).doesNotContain("app-password");
        });
    }

    @Test
    void refusesWhatCannotBeAMailbox() {
        assertThat(mailbox("support", Security.STARTTLS, List.of()).port()).isEqualTo(143);
        assertThatThrownBy(() -> new Mailbox(
                        "support",
                        "tickets",
                        "imap.example.com",
                        0,
                        null,
                        "support",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessage("rag.ingest.mailbox-sync.mailboxes[] (mailbox 'support'): give a password or oauth2, one"
                        + " of them");
        assertThatThrownBy(() -> mailbox("support", null, List.of("INBOX", ".hidden")))
                .hasMessage("rag.ingest.mailbox-sync.mailboxes[] (mailbox 'support'): not a folder to read: '.hidden'");
    }

    private static Mailbox mailbox(String name, Security security, List<String> folders) {
        return new Mailbox(
                name,
                "tickets",
                "imap.example.com",
                0,
                security,
                "support",
                "pw",
                null,
                folders,
                null,
                null,
                null,
                null);
    }
}
