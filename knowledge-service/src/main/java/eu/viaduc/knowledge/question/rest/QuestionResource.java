package eu.viaduc.knowledge.question.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.knowledge.question.model.QuestionSubject;
import eu.viaduc.knowledge.question.service.AcceptAnswer;
import eu.viaduc.knowledge.question.service.AnswerQuestion;
import eu.viaduc.knowledge.question.service.AskQuestion;
import eu.viaduc.knowledge.question.service.FollowQuestion;
import eu.viaduc.knowledge.question.service.ModerateQuestions;
import eu.viaduc.knowledge.question.service.Questions;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.rest.Patterns;

@Path("/api/v1/questions")
@Tag(name = "Questions", description = "Questions on a resource or a topic (a tag or a value chain), for the platform's "
        + "members who may read what they are about: answers, an accepted answer, followers, moderation")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "403", description = "The caller may not see or do this")
public class QuestionResource {

    @Inject
    AskQuestion ask;
    @Inject
    AnswerQuestion answer;
    @Inject
    AcceptAnswer accept;
    @Inject
    FollowQuestion follow;
    @Inject
    ModerateQuestions moderate;
    @Inject
    Questions questions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "askQuestion", summary = "Ask a question",
            description = "On exactly one of a resource (that the caller may read), a tag or a value chain. The asker "
                    + "follows it. Publishes question.asked.v1.")
    @APIResponse(responseCode = "201", description = "Asked", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    public RestResponse<QuestionView> ask(@Valid @NotNull QuestionRequest request) {
        QuestionView view = questions.view(ask.ask(request));
        return RestResponse.ResponseBuilder.<QuestionView>created(URI.create("/api/v1/questions/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Operation(operationId = "listQuestions", summary = "Questions on a resource or a topic, newest first",
            description = "Signed-in callers, on exactly one of a resource they may read, a tag or a value chain.")
    @APIResponse(responseCode = "200", description = "The questions with their answers")
    @APIResponse(responseCode = "400", description = "None or more than one of resourceId, tag, valueChain")
    public List<QuestionView> list(
            @QueryParam("resourceId") @Pattern(regexp = Patterns.UUID, message = "must be a resource id") String resourceId,
            @QueryParam("tag") @Size(max = 50) String tag, @QueryParam("valueChain") @Size(max = 100) String valueChain) {
        int subjects = (resourceId == null ? 0 : 1) + (tag == null ? 0 : 1) + (valueChain == null ? 0 : 1);
        if (subjects != 1) {
            throw ProblemException.invalid("resourceId", "ask for exactly one of resourceId, tag, valueChain");
        }
        return questions.about(new QuestionSubject(resourceId == null ? null : UUID.fromString(resourceId), tag, valueChain));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuestion", summary = "A question with its answers",
            description = "Signed-in callers who may see it: for a question on a resource, those who may read the resource.")
    @APIResponse(responseCode = "200", description = "The question", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "404", description = "No such question")
    public QuestionView get(@PathParam("id") UUID id) {
        return questions.view(questions.visible(id, false));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerQuestion", summary = "Answer a question",
            description = "Publishes question.answered.v1 with the followers to tell.")
    @APIResponse(responseCode = "200", description = "The question with the new answer", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "The question is hidden")
    public QuestionView answer(@PathParam("id") UUID id, @Valid @NotNull AnswerRequest request) {
        return questions.view(answer.answer(id, request.body()));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptAnswer", summary = "Accept an answer",
            description = "By the asker or a reviewer. Publishes question.answer-accepted.v1.")
    @APIResponse(responseCode = "200", description = "The question", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "400", description = "answerId names no answer to this question")
    @APIResponse(responseCode = "409", description = "The question or the answer is hidden")
    public QuestionView accept(@PathParam("id") UUID id, @Valid @NotNull AcceptanceRequest request) {
        return questions.view(accept.accept(id, request.answerId()));
    }

    @PUT
    @Path("{id}/followers/me")
    @Operation(operationId = "followQuestion", summary = "Follow a question, to be told of new answers",
            description = "The signed-in caller is told of new answers (question.answered.v1 lists the followers); following twice is once.")
    @APIResponse(responseCode = "200", description = "The question", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public QuestionView follow(@PathParam("id") UUID id) {
        return questions.view(follow.follow(id));
    }

    @DELETE
    @Path("{id}/followers/me")
    @Operation(operationId = "unfollowQuestion", summary = "Stop following a question",
            description = "The signed-in caller stops being told of new answers; harmless when they did not follow it.")
    @APIResponse(responseCode = "200", description = "The question", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public QuestionView unfollow(@PathParam("id") UUID id) {
        return questions.view(follow.unfollow(id));
    }

    @POST
    @Path("{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "hideQuestion", summary = "Hide a question, with a reason",
            description = "By the reviewers: the resource's (or, on a topic, any cluster or alliance manager) and platform admins.")
    @APIResponse(responseCode = "200", description = "Hidden", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public QuestionView hide(@PathParam("id") UUID id, @Valid @NotNull ModerationRequest request) {
        return questions.view(moderate.hideQuestion(id, request.reason()));
    }

    @POST
    @Path("{id}/answers/{answerId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "hideAnswer", summary = "Hide an answer, with a reason",
            description = "By the reviewers, as for hiding a question: the resource's (or, on a topic, any cluster or alliance manager) and platform admins. The answer stays, hidden, with the reason shown.")
    @APIResponse(responseCode = "200", description = "Hidden", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public QuestionView hideAnswer(@PathParam("id") UUID id, @PathParam("answerId") UUID answerId,
            @Valid @NotNull ModerationRequest request) {
        return questions.view(moderate.hideAnswer(id, answerId, request.reason()));
    }
}
