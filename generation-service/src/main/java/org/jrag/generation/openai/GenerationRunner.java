package org.jrag.generation.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.chat.ChatTemplate;
import org.jrag.engine.constrain.JsonSchemaConstraint;
import org.jrag.engine.constrain.LogitBias;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.engine.serving.GenerationRequest;
import org.jrag.engine.serving.Handle;
import org.jrag.engine.serving.QueueFullException;
import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.generation.guard.Action;
import org.jrag.generation.guard.GuardResult;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;
import org.jrag.generation.model.ModelStatus;
import org.jrag.generation.model.ServedModel;
import org.jrag.generation.openai.tools.ToolChoice;
import org.jrag.generation.openai.tools.ToolDefinition;
import org.jrag.generation.openai.tools.ToolFormat;
import org.jrag.generation.openai.tools.ToolUse;
import org.jrag.generation.openai.tools.Turn;

/**
 * Turns checked requests into engine sequences: runs the input guardrails on what the user wrote, renders and
 * tokenizes the prompts, checks them against the context length, and submits {@code n} sequences per prompt (choice {@code i} seeded {@code seed + i}; the
 * prefix cache lets them share the prompt's KV blocks).
 */
final class GenerationRunner {

    private final ModelStatus status;
    private final OpenAiProperties properties;
    private final ResponseFormatCompiler formats;
    private final Guardrails guardrails;

    GenerationRunner(
            ModelStatus status, OpenAiProperties properties, ResponseFormatCompiler formats, Guardrails guardrails) {
        this.status = status;
        this.properties = properties;
        this.formats = formats;
        this.guardrails = guardrails;
    }

    /**
     * Token sequences ready to submit.
     *
     * @param model the served model
     * @param prompts token ids per prompt
     * @param stopTokens token ids that end a choice
     * @param guardrails the guardrail options of the request, for its output
     * @param inputInterventions what the input rails found (and let through)
     * @param toolUse how a chat uses functions, or null (a text completion, or a chat without tools)
     * @param constraint the output constraint where the model may call functions (a required call's schema, or the
     *     lazy one of {@code auto}), or null (then the response format's)
     */
    record Prompts(
            ServedModel model,
            List<int[]> prompts,
            Set<Integer> stopTokens,
            GuardrailOptions guardrails,
            List<Intervention> inputInterventions,
            ToolUse toolUse,
            TokenConstraint constraint) {

        Prompts {
            prompts = List.copyOf(prompts);
            stopTokens = Set.copyOf(stopTokens);
            inputInterventions = List.copyOf(inputInterventions);
        }

        int promptTokens() {
            int sum = 0;
            for (int[] p : prompts) {
                sum += p.length;
            }
            return sum;
        }
    }

    /**
     * The conversation rendered with the model's chat template (404, 503 or 400 when it cannot be), after the input
     * rails have checked every user message (a block is a {@link GuardrailBlockedException}). With tools (or calls
     * and results in the conversation) the model family's tool format places them; a required call starts with the
     * format's prefix in the prompt and is constrained to the call schema.
     */
    Prompts chat(ChatCompletionRequest request, GenerationParameters parameters) {
        ServedModel model = status.require(request.model());
        List<ToolDefinition> tools = request.toolDefinitions();
        ToolChoice choice = request.toolChoice(tools);
        GuardrailOptions options = guardrails.options(parameters.guardrails());
        List<Intervention> found = new ArrayList<>();
        List<Turn> turns = new ArrayList<>();
        List<Turn> given = request.turns();
        for (int i = 0; i < given.size(); i++) {
            Turn t = given.get(i);
            String where = " (in messages[" + i + "])";
            turns.add(
                    switch (t) {
                        case Turn.Message(ChatMessage m)
                        when m.role().equals("user") ->
                            new Turn.Message(
                                    ChatMessage.user(guardrails.checkInput(m.content(), options, where, found)));
                        case Turn.Result result -> checkToolResult(result, i, options, found);
                        default -> t;
                    });
        }
        ChatTemplate template = model.requireChatTemplate();
        boolean toolTurns = turns.stream().anyMatch(t -> !(t instanceof Turn.Message));
        ToolUse toolUse = null;
        List<ChatMessage> messages;
        String reply = "";
        TokenConstraint constraint = null;
        if (tools.isEmpty() && !toolTurns) {
            messages = turns.stream().map(t -> ((Turn.Message) t).message()).toList();
        } else {
            ToolFormat format;
            try {
                format = ToolFormat.of(template);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(
                        tools.isEmpty() ? "messages" : "tools", "model '" + model.id() + "': " + e.getMessage());
            }
            toolUse = new ToolUse(format, tools, choice);
            messages = format.render(turns, toolUse.active() ? tools : List.of());
            if (choice.forced()) {
                reply = format.forcedPrefix();
                constraint = callConstraint(toolUse, model);
            } else if (toolUse.active()) {
                constraint = lazyCallConstraint(toolUse, model);
            }
        }
        String text = template.render(messages, true) + reply;
        Tokenizer tokenizer = model.tokenizer();
        int[] ids = tokenizer.encode(text, tokenizer.vocabulary().addBos());
        return new Prompts(model, List.of(ids), model.endOfTurn(), options, found, toolUse, constraint);
    }

    /**
     * The constraint of a reply that may call: a call the model starts follows the call schema; parameters the
     * constraint cannot enforce leave such calls unconstrained (read as the model writes them), since the reply may
     * well be text.
     */
    private static TokenConstraint lazyCallConstraint(ToolUse toolUse, ServedModel model) {
        try {
            return toolUse.format()
                    .lazyConstraint(toolUse.format().callSchema(toolUse.tools()), model.tokenizer(), model.endOfTurn());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The constraint of a required call: one call of the callable functions, arguments valid by their schemas. */
    private static TokenConstraint callConstraint(ToolUse toolUse, ServedModel model) {
        try {
            return JsonSchemaConstraint.compile(
                    toolUse.format().callSchema(toolUse.callable()), model.tokenizer(), model.endOfTurn());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "tools", "the parameters of the tools cannot be enforced for a required call: " + e.getMessage());
        }
    }

    /**
     * The prompts of a text completion, checked by the input rails (token prompts as their text), then tokenized or
     * checked against the vocabulary.
     */
    Prompts text(CompletionRequest request, GenerationParameters parameters) {
        ServedModel model = status.require(request.model());
        GuardrailOptions options = guardrails.options(parameters.guardrails());
        List<Intervention> found = new ArrayList<>();
        Tokenizer tokenizer = model.tokenizer();
        int vocab = tokenizer.vocabulary().size();
        boolean addBos = tokenizer.vocabulary().addBos();
        List<int[]> prompts = new ArrayList<>();
        List<PromptInput> inputs = request.prompts();
        for (int p = 0; p < inputs.size(); p++) {
            String where = inputs.size() == 1 ? " (in the prompt)" : " (in prompt[" + p + "])";
            int[] ids = switch (inputs.get(p)) {
                case PromptInput.Text(String text) ->
                    tokenizer.encode(guardrails.checkInput(text, options, where, found), addBos);
                case PromptInput.Tokens(int[] tokens) -> {
                    requireVocabulary(tokens, vocab);
                    String text = tokenizer.decode(tokens);
                    String checked = guardrails.checkInput(text, options, where, found);
                    // a redacting rail changed the text: the model reads the redacted text
                    yield checked.equals(text) ? tokens : tokenizer.encode(checked, addBos);
                }
            };
            if (ids.length == 0) {
                throw new InvalidParameterException("prompt", "prompt must not be empty");
            }
            prompts.add(ids);
        }
        return new Prompts(model, prompts, model.endOfText(), options, found, null, null);
    }

    private static void requireVocabulary(int[] ids, int vocab) {
        for (int id : ids) {
            if (id >= vocab) {
                throw new InvalidParameterException(
                        "prompt", "prompt token id " + id + " is outside the vocabulary of " + vocab + " tokens");
            }
        }
    }

    /** What the model reads instead of a tool result the passage-injection rail withheld. */
    static final String WITHHELD_RESULT =
            "[tool result withheld by the passage-injection guardrail: it held instructions to the model]";

    /**
     * Runs the passage-injection rail on a tool's result (indirect injection through a tool): a REDACT withholds it
     * from the model (a notice takes its place), a BLOCK refuses the request, a FLAG reports it.
     */
    private Turn checkToolResult(Turn.Result result, int index, GuardrailOptions options, List<Intervention> found) {
        GuardResult checked = guardrails.checkPassage(result.content(), options);
        boolean withheld = checked.action() == Action.REDACT;
        for (Intervention i : checked.interventions()) {
            found.add(i.at(" (in the tool result of messages[" + index + "]"
                    + (withheld ? ", withheld from the model)" : ")")));
        }
        if (checked.blocked()) {
            throw GuardrailBlockedException.input(found);
        }
        return withheld ? new Turn.Result(result.toolCallId(), WITHHELD_RESULT) : result;
    }

    /**
     * Submits every choice: {@code n} (or {@code best_of} candidates) per prompt, choice index {@code prompt *
     * candidates + i}.
     *
     * @throws ContextLengthExceededException when a prompt (plus max_tokens) does not fit the context
     * @throws QueueFullException when the engine's queue is full (choices already submitted are cancelled)
     */
    GenerationRun start(Prompts prompts, GenerationParameters parameters) {
        ServedModel model = prompts.model();
        int choices = prompts.prompts().size() * parameters.candidates();
        if (choices > properties.maxChoices()) {
            throw new InvalidParameterException(
                    parameters.candidates() > parameters.n() ? "best_of" : "n",
                    (parameters.candidates() > parameters.n() ? "best_of" : "n")
                            + " times the number of prompts must be <= " + properties.maxChoices() + ", got: "
                            + choices);
        }
        // 1. every prompt must fit with its completion
        int context = model.contextLength();
        for (int[] prompt : prompts.prompts()) {
            if (prompt.length >= context) {
                throw new ContextLengthExceededException(prompt.length, 0, context);
            }
            if (parameters.maxTokens() != null && prompt.length + parameters.maxTokens() > context) {
                throw new ContextLengthExceededException(prompt.length, parameters.maxTokens(), context);
            }
        }
        // 2. the output constraint, compiled once, copied per choice before any runs (copies of a running one race)
        TokenConstraint[] constraints = new TokenConstraint[choices];
        constraints[0] = prompts.constraint() != null
                ? prompts.constraint()
                : formats.compile(parameters.responseFormat(), model, prompts.stopTokens());
        if (!parameters.logitBias().isEmpty()) {
            int vocab = model.tokenizer().vocabulary().size();
            for (int id : parameters.logitBias().keySet()) {
                if (id >= vocab) {
                    throw new InvalidParameterException(
                            "logit_bias", "logit_bias names token " + id + ", outside the vocabulary of " + vocab);
                }
            }
            constraints[0] = LogitBias.of(parameters.logitBias(), constraints[0]);
        }
        for (int c = 1; c < choices && constraints[0] != null; c++) {
            constraints[c] = constraints[0].copy();
        }
        // 3. one sequence per choice
        long seed = parameters.seed() != null
                ? parameters.seed()
                : ThreadLocalRandom.current().nextLong();
        GenerationRun run = new GenerationRun(choices, properties.requestTimeout());
        int index = 0;
        try {
            for (int[] prompt : prompts.prompts()) {
                int maxTokens = parameters.maxTokens() != null ? parameters.maxTokens() : context - prompt.length;
                // echo scores the prompt for its log-probabilities, and when nothing is to be generated
                boolean score = parameters.echo() && (parameters.logprobs() || maxTokens == 0);
                PromptText scored = score && parameters.logprobs() ? PromptText.of(prompt, model.tokenizer()) : null;
                for (int i = 0; i < parameters.candidates(); i++, index++) {
                    GenerationRequest request = new GenerationRequest(
                            prompt,
                            maxTokens,
                            parameters.sampling(seed + index),
                            prompts.stopTokens(),
                            parameters.engineTopLogprobs(),
                            constraints[index],
                            score);
                    ChoiceStream stream = new ChoiceStream(
                            index,
                            model.tokenizer(),
                            parameters.stop(),
                            parameters.logprobs(),
                            parameters.topLogprobs(),
                            scored,
                            parameters.candidates() > parameters.n(),
                            run::offer);
                    Handle handle = model.engine().submit(request, stream);
                    run.started(handle);
                }
            }
        } catch (RuntimeException e) {
            run.cancel();
            if (e instanceof IllegalArgumentException && !(e instanceof InvalidParameterException)) {
                // the engine refuses what cannot fit its KV pool; that is the request's fault
                throw new InvalidParameterException("max_tokens", e.getMessage());
            }
            throw e;
        }
        return run;
    }
}
