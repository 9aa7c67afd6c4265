package org.ridercoop.voting.entity;

/** A vote on a motion. */
public enum Choice { YES, NO, ABSTAIN }
