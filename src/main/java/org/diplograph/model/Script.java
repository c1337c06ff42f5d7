package org.diplograph.model;

/** The Chinese script a document is written in. */
public enum Script {
  SIMPLIFIED("zh-Hans"),
  TRADITIONAL("zh-Hant");

  private final String languageTag;

  Script(String languageTag) {
    this.languageTag = languageTag;
  }

  /** The BCP 47 tag used on RDF literals written in this script. */
  public String languageTag() {
    return languageTag;
  }
}
