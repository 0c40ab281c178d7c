/**
 * A paragraph opening on words that refer to what came before ("Bên cạnh đó, …", "However, …"): a piece of a
 * story already under way, never an article's lead nor a lone teaser. One list for every test that asks.
 */
export const REFERS_BACK =
  /^(?:trong bối cảnh (?:đó|này|trên)|bên cạnh đó|ngoài ra|tuy nhiên|theo đó|do đó|vì vậy|đồng thời|trước đó|sau đó|cùng với đó|như vậy|trong đó|in (?:that|this) context|however|moreover|meanwhile|furthermore|in addition|besides|on the other hand|against this backdrop)(?![\p{L}])/iu;

/**
 * A counted or listed thing pointed back at inside a sentence ("Tỷ trọng của 2 thị trường này …", "các dự án trên",
 * "these two markets"): the sentence follows what named them, so it opens no text, nor is it a headline.
 */
export const POINTS_BACK =
  /(?<![\p{L}\d])(?:\d+|hai|ba|bốn|các|những)\s+(?:\p{L}+\s+){1,2}(?:này|đó|trên)(?![\p{L}])|(?<![\p{L}])(?:these|those) (?:two|three|four|\d+) /iu;
