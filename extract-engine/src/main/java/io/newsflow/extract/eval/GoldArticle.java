package io.newsflow.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.ContractJson;

/** One gold file of eval/gold: what a correct extraction of its article contains. */
public record GoldArticle(String file, String place, String date, String agency, List<Person> persons,
        List<List<String>> organizations, List<String> countries, List<Quote> quotes, List<Event> events) {

    public record Person(String name, String role, String country) {
    }

    public record Quote(String startsWith, String speaker) {
    }

    public record Event(String source, String sourceCountry, String cameoRoot, String target, String date) {
    }

    public static GoldArticle read(Path path) throws IOException {
        JsonNode root = ContractJson.mapper().readTree(Files.readString(path));
        JsonNode dateline = root.path("dateline");
        List<Person> persons = new ArrayList<>();
        root.path("persons").forEach(p -> persons.add(new Person(text(p, "name"), text(p, "role"), text(p, "country"))));
        List<List<String>> orgs = new ArrayList<>();
        root.path("organizations").forEach(o -> {
            List<String> names = new ArrayList<>();
            names.add(text(o, "name"));
            o.path("aliases").forEach(a -> names.add(a.asText()));
            orgs.add(names);
        });
        List<String> countries = new ArrayList<>();
        root.path("countries").forEach(c -> countries.add(c.asText()));
        List<Quote> quotes = new ArrayList<>();
        root.path("quotes").forEach(q -> quotes.add(new Quote(text(q, "startsWith"), text(q, "speaker"))));
        List<Event> events = new ArrayList<>();
        root.path("events").forEach(e -> events.add(new Event(text(e, "source"), text(e, "sourceCountry"),
                text(e, "cameoRoot"), text(e, "target"), text(e, "date"))));
        return new GoldArticle(text(root, "file"), text(dateline, "place"), text(dateline, "date"),
                text(dateline, "agency"), persons, orgs, countries, quotes, events);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
