package org.jrag.generation.model;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ModelsController {

    private final ModelStatus status;

    ModelsController(ModelStatus status) {
        this.status = status;
    }

    /**
     * Lists the served model, or none when no model is loaded (answers then come from the extractive mode, which
     * is not a model; readiness details say why).
     */
    @GetMapping("/v1/models")
    ModelList models() {
        return switch (status) {
            case ModelStatus.Serving(ServedModel model) ->
                ModelList.of(List.of(new ModelList.Card(model.id(), "model", model.created(), "jrag")));
            case ModelStatus.Unavailable unavailable -> ModelList.of(List.of());
        };
    }
}
