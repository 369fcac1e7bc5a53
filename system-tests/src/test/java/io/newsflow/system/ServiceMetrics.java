package io.newsflow.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.newsflow.localstack.launcher.ServiceProcess;

/** Reads a counter from a service's Prometheus endpoint, summed over the series that carry a label. */
final class ServiceMetrics {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceMetrics() {
    }

    /**
     * E.g. {@code counter(service, "newsflow_extract_articles_total", "outcome=\"analysed\"")}, or with
     * an empty label for a counter without labels; 0 when absent.
     */
    static double counter(ServiceProcess service, String name, String label) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.spec().baseUrl() + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        String metrics = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines()
                .filter(line -> (line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
