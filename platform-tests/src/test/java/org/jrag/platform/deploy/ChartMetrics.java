package org.jrag.platform.deploy;

import com.marcnuri.helm.Helm;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metrics the Helm chart's alerts ({@code metrics.prometheusRule}) and dashboard ({@code
 * metrics.grafanaDashboard}) read, as the end-to-end test checks them against the running services.
 */
public final class ChartMetrics {

    /** A series selector in PromQL: a metric's name and then its label matchers. */
    private static final Pattern SELECTOR = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    private ChartMetrics() {}

    /** The metrics the alerts' expressions select, but {@code up}, which Prometheus writes itself. */
    public static Set<String> alerts() {
        var metrics = new TreeSet<String>();
        for (JsonNode rule : YamlDocuments.ofKind(render("metrics.prometheusRule.enabled"), "PrometheusRule")) {
            for (JsonNode group : rule.at("/spec/groups")) {
                for (JsonNode alert : group.path("rules")) {
                    selected(alert.path("expr").asString(""), metrics);
                }
            }
        }
        metrics.remove("up");
        return metrics;
    }

    /** The metrics the dashboard's panels select. */
    public static Set<String> dashboard() {
        var metrics = new TreeSet<String>();
        for (JsonNode panel : dashboardJson().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                selected(target.path("expr").asString(""), metrics);
            }
        }
        return metrics;
    }

    /** The dashboard as the chart's ConfigMap holds it. */
    static JsonNode dashboardJson() {
        JsonNode configMap = YamlDocuments.ofKind(render("metrics.grafanaDashboard.enabled"), "ConfigMap").stream()
                .filter(map -> map.at("/data").has("jrag.json"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap holds jrag.json"));
        return JsonMapper.builder()
                .build()
                .readTree(configMap.at("/data/jrag.json").asString());
    }

    private static java.util.List<JsonNode> render(String enabled) {
        return YamlDocuments.parse(new Helm(YamlDocuments.repositoryRoot().resolve("helm/jrag"))
                .template()
                .withName("jrag")
                .set(enabled, "true")
                .call());
    }

    private static void selected(String expr, Set<String> metrics) {
        Matcher selector = SELECTOR.matcher(expr);
        while (selector.find()) {
            metrics.add(selector.group(1));
        }
    }
}
