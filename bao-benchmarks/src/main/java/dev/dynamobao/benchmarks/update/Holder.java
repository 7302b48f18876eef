package dev.dynamobao.benchmarks.update;

import java.util.Set;

/** The accessors {@link FlushScalingBenchmark} and {@link ManagedMemoryMeasurement} use on their entities. */
public interface Holder {

    String getId();

    void setId(String id);

    void setVersion(String version);

    String getF07();

    void setF07(String value);

    Set<String> getTags();

    void setTags(Set<String> tags);

    byte[] getBlob();

    void setBlob(byte[] blob);
}
