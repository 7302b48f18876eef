package dev.dynamobao.tck.mapping;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Temperature} as text such as {@code 21.5C}. */
public final class TemperatureConverter implements AttributeConverter<Temperature, String> {

    @Override
    public String convertToDatabaseColumn(Temperature temperature) {
        return temperature == null ? null : temperature.celsius() + "C";
    }

    @Override
    public Temperature convertToEntityAttribute(String text) {
        return text == null ? null : new Temperature(Double.parseDouble(text.substring(0, text.length() - 1)));
    }
}
