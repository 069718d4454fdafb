package org.jrag.ingest.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraSyncPropertiesTests {

    @Test
    void defaultsToEveryIssueWithCommentsAndAttachmentsEveryQuarterOfAnHour() {
        var properties = new JiraSyncProperties(null, null, List.of(project("sup", null, "tok")));

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(15));
        JiraSyncProperties.Project project = properties.projects().get(0);
        assertThat(project.projectKey()).isEqualTo("SUP");
        assertThat(project.url()).isEqualTo(URI.create("https://example.atlassian.net"));
        assertThat(project.comments()).isTrue();
        assertThat(project.attachments()).isTrue();
        assertThat(project.delete()).isTrue();
        assertThat(project.location()).isEqualTo("https://example.atlassian.net/browse/SUP");
        assertThat(project.query()).isEqualTo("project = \"SUP\" ORDER BY key ASC");
    }

    @Test
    void narrowsTheProjectByItsJql() {
        var project = project("SUP", " status = Done AND type = Bug ", "tok");

        assertThat(project.query()).isEqualTo("project = \"SUP\" AND (status = Done AND type = Bug) ORDER BY key ASC");
        assertThat(project.toString()).doesNotContain("tok");
    }

    @Test
    void refusesWhatJiraWouldNotTake() {
        assertThatThrownBy(() -> project("SUP-1", null, "tok"))
                .hasMessageContaining("project-key must be a Jira project key (SUP), got: SUP-1");
        assertThatThrownBy(() -> project("SUP", "status = Done ORDER BY created DESC", "tok"))
                .hasMessageContaining("jql narrows the issues and may not order them");
        assertThatThrownBy(() -> project("SUP", null, " ")).hasMessageContaining("token is required");
        assertThatThrownBy(() -> new JiraSyncProperties.Project(
                        "support",
                        "tickets",
                        URI.create("https://bot:secret@example.atlassian.net"),
                        "SUP",
                        null,
                        null,
                        "tok",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("url must be the site's address alone");
    }

    private static JiraSyncProperties.Project project(String key, String jql, String token) {
        return new JiraSyncProperties.Project(
                "support",
                "tickets",
                URI.create("https://example.atlassian.net/"),
                key,
                jql,
                "docs-bot@example.com",
                token,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
