/**
 * A paragraph opening on words that refer to what came before ("Bên cạnh đó, …", "However, …"): a piece of a
 * story already under way, never an article's lead nor a lone teaser. One list for every test that asks.
 */
export const REFERS_BACK =
  /^(?:trong bối cảnh (?:đó|này|trên)|bên cạnh đó|ngoài ra|tuy nhiên|theo đó|do đó|vì vậy|đồng thời|trước đó|sau đó|cùng với đó|như vậy|trong đó|in (?:that|this) context|however|moreover|meanwhile|furthermore|in addition|besides|on the other hand|against this backdrop)(?![\p{L}])/iu;
