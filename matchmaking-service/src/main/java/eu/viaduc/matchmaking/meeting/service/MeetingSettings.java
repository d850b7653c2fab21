package eu.viaduc.matchmaking.meeting.service;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The meeting scheduler's effort and the request expiry job's pace. */
@ConfigMapping(prefix = "viaduc.matchmaking.meetings")
public interface MeetingSettings {

    /** The scheduler stops after this many steps without a better plan (default: the benchmarked {@code Scheduler.UNIMPROVED_STEPS}). */
    Optional<Integer> unimprovedSteps();

    /** And after trying this many moves per request in all (default: the benchmarked {@code Scheduler.MOVES_PER_REQUEST}). */
    Optional<Long> movesPerRequest();

    /** Read by {@code @Scheduled(every = ...)}; declared because a mapping refuses properties it does not know. */
    @WithDefault("1m")
    String expiryEvery();
}
