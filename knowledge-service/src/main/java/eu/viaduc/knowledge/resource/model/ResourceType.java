package eu.viaduc.knowledge.resource.model;

public enum ResourceType {
    BEST_PRACTICE, CASE_STUDY, GUIDE, TRAINING_MATERIAL, TREND_ANALYSIS, ROADMAP, EVENT_REPORT
}
