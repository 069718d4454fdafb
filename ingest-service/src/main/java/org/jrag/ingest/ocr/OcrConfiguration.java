package org.jrag.ingest.ocr;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OcrConfiguration {

    @Bean
    Ocr ocr(OcrProperties properties, MeterRegistry registry) {
        return new TesseractOcr(properties, registry);
    }

    /**
     * {@code /actuator/health}'s {@code ocr}: UP with the languages when scanned pages can be read, UNKNOWN with the
     * reason when not (OCR off, Tesseract or its language data missing), which leaves the service's health as it is:
     * uploads of other documents work, scans are refused saying why.
     */
    @Bean
    HealthIndicator ocrHealthIndicator(Ocr ocr, OcrProperties properties) {
        return () -> ocr.available()
                ? Health.up()
                        .withDetail("command", properties.command())
                        .withDetail("languages", properties.languages())
                        .build()
                : Health.status(Status.UNKNOWN)
                        .withDetail("reason", ocr.unavailableBecause())
                        .build();
    }
}
