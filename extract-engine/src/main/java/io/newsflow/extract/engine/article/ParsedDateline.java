package io.newsflow.extract.engine.article;

/**
 * The dateline as printed at the start of the body: place with its region ("CONAKRY, Guinea"), the city and region
 * apart; month and day are 0 when it gives none, year 0 likewise.
 */
public record ParsedDateline(String place, String city, String region, String agency, int month, int day, int year,
        int end) {

    public boolean hasDay() {
        return month > 0 && day > 0;
    }
}
