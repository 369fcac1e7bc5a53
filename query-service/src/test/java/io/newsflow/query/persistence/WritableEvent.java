package io.newsflow.query.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;

/**
 * A writable mapping of the event table, only for measuring an ORM write against the store's
 * (OrmWriteComparisonTest): the service's own entities are read-only.
 */
@Entity
@Table(name = "event")
public class WritableEvent {
    @Id
    public String id;
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "cameo_code")
    public String cameoCode;
    @Column(name = "cameo_root")
    public String cameoRoot;
    @Column(name = "quad_class")
    public short quadClass;
    public double goldstein;
    @Column(name = "source_name")
    public String sourceName;
    @Column(name = "source_kind")
    public String sourceKind;
    @Column(name = "source_country")
    public String sourceCountry;
    @Column(name = "source_entity_id")
    public String sourceEntityId;
    @Column(name = "target_name")
    public String targetName;
    @Column(name = "target_kind")
    public String targetKind;
    @Column(name = "target_country")
    public String targetCountry;
    @Column(name = "target_entity_id")
    public String targetEntityId;
    @Column(name = "action_text")
    public String actionText;
    public boolean negated;
    @Column(name = "event_date")
    public String eventDate;
    @Column(name = "date_precision")
    public String datePrecision;
    @Column(name = "event_date_start")
    public LocalDate eventDateStart;
    @Column(name = "event_date_end")
    public LocalDate eventDateEnd;
    @Column(name = "location_name")
    public String locationName;
    @Column(name = "location_country")
    public String locationCountry;
    @Column(name = "location_lat")
    public Double locationLat;
    @Column(name = "location_lon")
    public Double locationLon;
    public String sentence;
    @Column(name = "sentence_index")
    public int sentenceIndex;
    public double confidence;
    @ColumnTransformer(write = "CAST(? AS json)")
    public String document;
    public boolean plotted;

    /** The row the store writes for the event of an article dated {@code newsDate} (entity ids as they came). */
    static WritableEvent of(NewsEvent event, NewsDate newsDate) {
        WritableEvent row = new WritableEvent();
        EventDates dates = EventDates.of(event.date(), event.datePrecision());
        row.id = event.eventId();
        row.articleId = event.articleId();
        row.cameoCode = event.cameo().code();
        row.cameoRoot = event.cameo().root();
        row.quadClass = (short) event.cameo().quadClass();
        row.goldstein = event.cameo().goldstein();
        row.sourceName = event.source().name();
        row.sourceKind = event.source().kind().name();
        row.sourceCountry = event.source().countryCode();
        row.sourceEntityId = event.source().entityId();
        if (event.target() != null) {
            row.targetName = event.target().name();
            row.targetKind = event.target().kind().name();
            row.targetCountry = event.target().countryCode();
            row.targetEntityId = event.target().entityId();
        }
        row.actionText = event.actionText();
        row.negated = event.negated();
        row.eventDate = event.date();
        row.datePrecision = event.datePrecision() == null ? null : event.datePrecision().name();
        row.eventDateStart = dates == null ? null : dates.start();
        row.eventDateEnd = dates == null ? null : dates.end();
        if (event.location() != null) {
            row.locationName = event.location().name();
            row.locationCountry = event.location().countryCode();
            row.locationLat = event.location().lat();
            row.locationLon = event.location().lon();
        }
        row.sentence = event.sentence();
        row.sentenceIndex = event.sentenceIndex();
        row.confidence = event.confidence();
        row.document = ContractJson.write(event);
        row.plotted = newsDate.plots(dates);
        return row;
    }
}
