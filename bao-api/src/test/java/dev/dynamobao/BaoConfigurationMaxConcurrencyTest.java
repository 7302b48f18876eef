package dev.dynamobao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaoConfigurationMaxConcurrencyTest {

    @Test
    void maxConcurrency_whenNotSet_isTheDocumentedDefault() {
        BaoConfiguration configuration = Bao.configure().environment(name -> null).configuration();
        assertEquals(BaoConfiguration.DEFAULT_MAX_CONCURRENCY, configuration.maxConcurrency());
        assertEquals(16, configuration.maxConcurrency());
    }

    @Test
    void maxConcurrency_whenSet_isKept() {
        assertEquals(1, Bao.configure().environment(name -> null).maxConcurrency(1).configuration().maxConcurrency());
    }

    @Test
    void maxConcurrency_belowOne_throwsConfigurationExceptionSayingWhatIsAllowed() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Bao.configure().maxConcurrency(0));
        assertTrue(e.getMessage().contains("maxConcurrency must be at least 1"), e.getMessage());
        assertTrue(e.getMessage().contains("but was 0"), e.getMessage());
    }
}
