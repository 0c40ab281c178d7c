/** The social networks and news apps pages link to, by name and by domain. */

/** Networks and news apps a page has its readers share or follow it on: "Follow CTR on Google News", a bar of their buttons. */
export const SOCIAL_NETWORKS = ['facebook', 'twitter', 'zalo', 'linkedin', 'google news', 'youtube', 'tiktok', 'telegram', 'instagram'];
/** Those networks' domains: "www.facebook.com", "zalo.me", "t.me". */
export const SOCIAL_DOMAIN =
  /^(?:[a-z0-9-]+\.)*(?:facebook\.com|fb\.com|twitter\.com|x\.com|zalo\.me|linkedin\.com|news\.google\.com|youtube\.com|youtu\.be|tiktok\.com|t\.me|instagram\.com)$/u;
