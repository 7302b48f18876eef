package dev.dynamobao.benchmarks.update;

/** The accessors the benchmarks use on the wide entities. */
public interface Wide {

    String getId();

    String getF07();

    void setF07(String value);
}
