package org.jrag.generation.model;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ModelsController {

    /**
     * Lists the served models: none until the inference engine is wired, whatever the model path says
     * (answers come from the extractive mode, which is not a model).
     */
    @GetMapping("/v1/models")
    ModelList models() {
        return ModelList.of(List.of());
    }
}
