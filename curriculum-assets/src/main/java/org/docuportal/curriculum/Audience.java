package org.docuportal.curriculum;

/**
 * Who a study guide is written for. Every film's guides come in these three editions, as the
 * producer's plan asks for use in human-rights, history and military education.
 */
public enum Audience {
    /** Secondary schools: human-rights and history education. */
    SECONDARY_SCHOOL,
    /** Universities: the Cold War and Korean history. */
    UNIVERSITY,
    /** Military and government training: the law of armed conflict and the history behind the film. */
    MILITARY_TRAINING
}
