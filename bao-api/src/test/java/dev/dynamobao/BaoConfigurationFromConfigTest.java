package dev.dynamobao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bao-api} alone: no {@code bao-codegen} on this module's test class path. */
class BaoConfigurationFromConfigTest {

    @Test
    void fromConfig_withoutBaoCodegenOnTheClassPath_namesTheArtifactToAdd() {
        BaoConfiguration.Builder builder = Bao.configure().environment(name -> null).fromConfig(Path.of("dynamo-bao.yaml"));
        ConfigurationException e = assertThrows(ConfigurationException.class, builder::configuration);
        assertTrue(e.getMessage().contains("dev.dynamobao:bao-codegen"), e.getMessage());
        assertTrue(e.getMessage().contains("runtime"), e.getMessage());
    }

    @Test
    void fromConfigWithoutArguments_withoutBaoCodegenOnTheClassPath_namesTheArtifactToAdd() {
        BaoConfiguration.Builder builder = Bao.configure().environment(name -> null).fromConfig();
        ConfigurationException e = assertThrows(ConfigurationException.class, builder::configuration);
        assertTrue(e.getMessage().contains("dev.dynamobao:bao-codegen"), e.getMessage());
    }

    @Test
    void configuration_withoutFromConfig_needsNoConfigFileProvider() {
        BaoConfiguration configuration = Bao.configure().environment(name -> null).configuration();
        assertEquals(BaoConfiguration.DEFAULT_TABLE, configuration.table());
        assertTrue(configuration.region().isEmpty());
    }
}
