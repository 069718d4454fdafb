package org.jrag.engine.constrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogitBiasTests {

    @Test
    void addsBiasesAndBansAtMinus100() {
        LogitBias bias = LogitBias.of(Map.of(1, 2.5f, 3, -100f, 9, 1f), null);
        float[] logits = {0f, 1f, 2f, 3f};

        bias.mask(logits);

        assertThat(logits).containsExactly(0f, 3.5f, 2f, Float.NEGATIVE_INFINITY);
        assertThat(bias.isComplete()).isTrue();
        assertThatThrownBy(() -> bias.accept(3)).hasMessage("token 3 is banned by logit_bias");
        bias.accept(1);
    }

    @Test
    void appliesTheConstraintItWrapsAfterTheBiases() {
        TokenConstraint onlyEven = new TokenConstraint() {
            int accepted;

            @Override
            public void mask(float[] logits) {
                for (int i = 1; i < logits.length; i += 2) {
                    logits[i] = Float.NEGATIVE_INFINITY;
                }
            }

            @Override
            public void accept(int token) {
                accepted++;
            }

            @Override
            public boolean isComplete() {
                return accepted > 0;
            }

            @Override
            public TokenConstraint copy() {
                return this;
            }
        };
        LogitBias bias = LogitBias.of(Map.of(1, 50f, 2, 10f), onlyEven);
        float[] logits = {0f, 0f, 0f, 0f};

        bias.mask(logits);

        assertThat(logits).containsExactly(0f, Float.NEGATIVE_INFINITY, 10f, Float.NEGATIVE_INFINITY);
        assertThat(bias.isComplete()).isFalse();
        bias.accept(2);
        assertThat(bias.isComplete()).isTrue();
    }

    @Test
    void refusesBiasesOutOfRange() {
        assertThatThrownBy(() -> LogitBias.of(Map.of(4, 101f), null))
                .hasMessage("bias of token 4 must be in [-100, 100], got: 101.0");
        assertThatThrownBy(() -> LogitBias.of(Map.of(-1, 1f), null))
                .hasMessage("token ids must not be negative, got: -1");
    }
}
