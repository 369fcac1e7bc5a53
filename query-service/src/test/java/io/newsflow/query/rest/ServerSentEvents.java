package io.newsflow.query.rest;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.newsflow.query.QueryTestSupport;

/** A Server-Sent Events stream read in the background, each event as it arrived: its name (null when unnamed) and data. */
final class ServerSentEvents implements AutoCloseable {

    record Received(String name, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private ServerSentEvents(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static ServerSentEvents open(URI uri) throws Exception {
        return new ServerSentEvents(HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(QueryTestSupport.DEADLINE.toSeconds(), TimeUnit.SECONDS));
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The data of the events of this name (null: the unnamed ones) received so far. */
    List<String> data(String name) {
        return received.stream().filter(event -> java.util.Objects.equals(name, event.name())).map(Received::data)
                .toList();
    }

    private void read() {
        String[] name = { null };
        StringBuilder data = new StringBuilder();
        try {
            response.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        received.add(new Received(name[0], data.toString()));
                    }
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring("data:".length()).strip());
                }
            });
        } catch (UncheckedIOException closedByTheTest) {
            // the test closes the stream when it is done
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
