package org.jrag.ingest.ocr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OcrConfiguration {

    @Bean
    Ocr ocr(OcrProperties properties) {
        return new TesseractOcr(properties);
    }
}
