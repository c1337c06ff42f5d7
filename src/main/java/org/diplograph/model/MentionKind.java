package org.diplograph.model;

/** What a mention in a sentence refers to. */
public enum MentionKind {
  /** a country by name, alias, short form (美方) or capital metonymy */
  COUNTRY,
  /** several countries in one compound (日美, 美日韩) */
  COMPOUND,
  ORGANIZATION,
  PERSON,
  /** 双方, 两国, 三方, 四国: the parties in context */
  GROUP_REFERENCE
}
