package io.newsflow.extract.engine.dictionary;

public record CameoCode(String code, String label, int quadClass, double goldstein) {

    public String root() {
        return code.substring(0, 2);
    }
}
