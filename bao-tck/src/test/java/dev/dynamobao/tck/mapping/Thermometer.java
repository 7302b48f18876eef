package dev.dynamobao.tck.mapping;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Has a {@link Temperature} field, which needs the converter registered on the configuration. */
@Entity
@Model(prefix = "th", iterable = false)
public class Thermometer {

    @Id private String name;
    private Temperature reading;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Temperature getReading() {
        return reading;
    }

    public void setReading(Temperature reading) {
        this.reading = reading;
    }
}
