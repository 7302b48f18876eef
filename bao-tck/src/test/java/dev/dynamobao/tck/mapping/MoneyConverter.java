package dev.dynamobao.tck.mapping;

import jakarta.persistence.AttributeConverter;

/** Stores {@link Money} as a number of cents. */
public final class MoneyConverter implements AttributeConverter<Money, Long> {

    @Override
    public Long convertToDatabaseColumn(Money money) {
        return money == null ? null : money.cents();
    }

    @Override
    public Money convertToEntityAttribute(Long cents) {
        return cents == null ? null : new Money(cents);
    }
}
