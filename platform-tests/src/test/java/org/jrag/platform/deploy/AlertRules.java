package org.jrag.platform.deploy;

import com.marcnuri.helm.Helm;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The alerts the Helm chart ships ({@code metrics.prometheusRule.enabled}), as the end-to-end test checks them. */
public final class AlertRules {

    /** A series selector in PromQL: a metric's name and then its label matchers. */
    private static final Pattern SELECTOR = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    private AlertRules() {}

    /** The metrics the alerts' expressions select, but {@code up}, which Prometheus writes itself. */
    public static Set<String> metrics() {
        String rendered = new Helm(YamlDocuments.repositoryRoot().resolve("helm/jrag"))
                .template()
                .withName("jrag")
                .set("metrics.prometheusRule.enabled", "true")
                .call();
        var metrics = new TreeSet<String>();
        for (JsonNode rule : YamlDocuments.ofKind(YamlDocuments.parse(rendered), "PrometheusRule")) {
            for (JsonNode group : rule.at("/spec/groups")) {
                for (JsonNode alert : group.path("rules")) {
                    Matcher selector = SELECTOR.matcher(alert.path("expr").asString(""));
                    while (selector.find()) {
                        metrics.add(selector.group(1));
                    }
                }
            }
        }
        metrics.remove("up");
        return metrics;
    }
}
