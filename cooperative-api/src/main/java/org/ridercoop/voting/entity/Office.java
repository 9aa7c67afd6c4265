package org.ridercoop.voting.entity;

/** The offices the general assembly elects (§34): the chair, directors and auditors. */
public enum Office { CHAIR, DIRECTOR, AUDITOR }
