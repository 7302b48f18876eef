package dev.dynamobao.engine.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoException;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.Ref;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding the two sides of a many-to-many mapping model and where to list each side's links. */
class MappingSidesTest {

    @Entity(name = "Book")
    @Model(prefix = "b")
    static final class Book {
        @Id String bookId;
    }

    @Entity(name = "Reader")
    @Model(prefix = "r")
    static final class Reader {
        @Id String readerId;
    }

    @Entity(name = "Loan")
    @Model(prefix = "ln")
    @Index(name = "loansOfReader", id = IndexId.GSI1, partitionKey = "reader", sortKey = "book")
    static final class Loan {
        @Id Ref<Book> book;
        @SortKey Ref<Reader> reader;
    }

    @Entity(name = "Review")
    @Model(prefix = "rv")
    static final class Review {
        @Id @GeneratedValue String reviewId;
        Ref<Book> book;
        Ref<Reader> author;
        Ref<Reader> editor;
    }

    @Entity(name = "Pick")
    @Model(prefix = "pk")
    static final class Pick {
        @Id @GeneratedValue String pickId;
        Ref<Book> book;
        Ref<Reader> reader;
    }

    private static final ModelRegistry MODELS = ModelRegistry.build(
            List.of(Book.class, Reader.class, Loan.class, Review.class, Pick.class),
            new ConverterFactory(Map.of()), EnhancementMode.AUTO, false);
    private static final EntityModel LOAN = MODELS.model(Loan.class);

    @Test
    void of_findsTheRefFieldsByTargetType_inEitherOrder() {
        MappingSides fromBook = MappingSides.of(LOAN, Book.class, Reader.class);
        assertEquals("book", fromBook.from().name());
        assertEquals("reader", fromBook.to().name());
        MappingSides fromReader = MappingSides.of(LOAN, Reader.class, Book.class);
        assertEquals("reader", fromReader.from().name());
        assertTrue(fromBook.keyedByBoth() && fromReader.keyedByBoth());
    }

    @Test
    void fromTarget_isThePrimaryKeyForThePartitionField_elseTheIndexOnTheField() {
        assertNull(MappingSides.of(LOAN, Book.class, Reader.class).fromTarget().logicalIndex());
        QueryTarget byReader = MappingSides.of(LOAN, Reader.class, Book.class).fromTarget();
        assertEquals("loansOfReader", byReader.logicalIndex());
        assertEquals("gsi1", byReader.physicalIndex());
    }

    @Test
    void fromTarget_withoutAnIndexOnTheField_throwsSuggestingOne() {
        MappingSides sides = MappingSides.of(MODELS.model(Pick.class), Book.class, Reader.class);
        assertFalse(sides.keyedByBoth());
        BaoException failure = assertThrows(BaoException.class, sides::fromTarget);
        assertTrue(failure.getMessage().contains("@Index"), failure.getMessage());
    }

    @Test
    void of_withAnUnreferencedType_throwsListingTheRefFields() {
        BaoException failure = assertThrows(BaoException.class, () -> MappingSides.of(LOAN, Book.class, Review.class));
        assertTrue(failure.getMessage().contains("Ref<Review>"), failure.getMessage());
        assertTrue(failure.getMessage().contains("reader (Ref<Reader>)"), failure.getMessage());
    }

    @Test
    void of_withTwoFieldsOfTheSameType_throwsAmbiguous() {
        BaoException failure = assertThrows(BaoException.class, () -> MappingSides.of(MODELS.model(Review.class), Book.class, Reader.class));
        assertTrue(failure.getMessage().contains("ambiguous"), failure.getMessage());
    }
}
