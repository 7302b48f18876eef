package dev.dynamobao.tck.changes;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Size} as {@code "WxH"}. */
public final class SizeConverter implements AttributeConverter<Size, String> {

    @Override
    public String convertToDatabaseColumn(Size size) {
        return size == null ? null : size.getWidth() + "x" + size.getHeight();
    }

    @Override
    public Size convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        int x = stored.indexOf('x');
        return new Size(Integer.parseInt(stored.substring(0, x)), Integer.parseInt(stored.substring(x + 1)));
    }
}
