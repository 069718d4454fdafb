package org.jrag.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumTests {

    @ParameterizedTest(name = "Luhn({0}) = {1}")
    @CsvSource({
        "4111111111111111, true",
        "4111111111111112, false",
        "378282246310005, true",
        "6011111111111117, true",
        "79927398713, true",
        "79927398710, false",
        "0, false",
        "41111111111111x1, false"
    })
    void luhn(String digits, boolean valid) {
        assertThat(Luhn.isValid(digits)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "IBAN({0}) = {1}")
    @CsvSource({
        "DE89370400440532013000, true",
        "DE89370400440532013001, false",
        "GB82WEST12345698765432, true",
        "GB82WEST1234569876543, false",
        "CH9300762011623852957, true",
        "NO9386011117947, true",
        "XX89370400440532013000, false",
        "DEAB370400440532013000, false",
        "de89370400440532013000, false"
    })
    void iban(String iban, boolean valid) {
        assertThat(Iban.isValid(iban)).isEqualTo(valid);
    }
}
