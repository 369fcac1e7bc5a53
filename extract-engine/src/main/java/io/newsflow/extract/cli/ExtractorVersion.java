package io.newsflow.extract.cli;

import io.newsflow.extract.engine.NewsflowEngine;

import picocli.CommandLine.IVersionProvider;

/** What {@code -V} prints: the extractor version the analyses carry (the engine's and its dictionaries'). */
public final class ExtractorVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {NewsflowEngine.extractorVersion()};
    }
}
