package org.jrag.generation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSourceTests {

    @Test
    void blankPathMeansNoModel() {
        ModelSource source = ModelSource.of(new ModelProperties("  ", ""));

        assertThat(source).isEqualTo(new ModelSource.None());
        assertThat(source.describe()).isEqualTo("none configured");
    }

    @Test
    void reportsAConfiguredFileThatDoesNotExist(@TempDir Path dir) {
        Path missing = dir.resolve("missing.gguf");

        ModelSource source = ModelSource.of(new ModelProperties(missing.toString(), ""));

        assertThat(source).isEqualTo(new ModelSource.Missing(missing));
        assertThat(source.describe()).isEqualTo(missing + " (file not found)");
    }

    @Test
    void recognisesAnExistingFile(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("model.gguf"), "GGUF");

        ModelSource source = ModelSource.of(new ModelProperties(model.toString(), ""));

        assertThat(source).isEqualTo(new ModelSource.Found(model));
        assertThat(source.describe()).isEqualTo(model.toString());
    }

    @Test
    void aDirectoryIsNotAModelFile(@TempDir Path dir) {
        assertThat(ModelSource.of(new ModelProperties(dir.toString(), ""))).isEqualTo(new ModelSource.Missing(dir));
    }
}
