package org.ridercoop.membership.entity;

/** Worker cooperative (협동조합, pays dividends) or social cooperative (사회적협동조합, none; §97-98). */
public enum CooperativeKind {
    WORKER, SOCIAL
}
