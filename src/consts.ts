/** Where the site is published; canonical URLs, feeds and citations are built from it. */
export const SITE_URL = 'https://skills-atlas.example.cn';
export const SITE_TITLE = '匠心图谱';
export const SITE_SUBTITLE = '技能人才与各区技能工作成果';
