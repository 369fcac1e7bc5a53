package io.newsflow.contract;

/** How much of a date the text supports: "May 29" is a DAY, "In December 2017" a MONTH, "early 2016" a YEAR. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
