package io.newsflow.query.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.newsflow.query.service.PageRequest;

/** {@code page} (0-based) and {@code size}: every list answers {items, page, size, total, totalIsExact}. */
public class PageParams {
    @QueryParam("page")
    @Parameter(description = "Page number, 0-based. Default 0.", example = "0")
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE + ". Default " + PageRequest.DEFAULT_SIZE
            + ".", example = "20")
    String size;

    PageRequest toRequest() {
        return new PageRequest(Params.integer("page", page, 0, 1_000_000, 0),
                Params.integer("size", size, 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
    }
}
