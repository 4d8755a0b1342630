import Parser from 'rss-parser';
import { normalizeDate } from './dates.ts';
import { InputError } from './errors.ts';
import { fragmentText } from './html.ts';
import type { ReadResult } from './types.ts';

type FeedItem = Parser.Item & { 'content:encoded'?: string; author?: string; id?: string };

const parser = new Parser<Record<string, unknown>, FeedItem>({
  customFields: { item: ['content:encoded', 'author', 'id'] },
});

/** Reads an RSS or Atom feed: one article per item, full content when the feed carries it. */
export async function readFeed(name: string, xml: string): Promise<ReadResult[]> {
  let feed: Parser.Output<FeedItem>;
  try {
    feed = await parser.parseString(xml);
  } catch (e) {
    throw new InputError(name, `unreadable feed (${(e as Error).message.split('\n')[0]})`);
  }
  return feed.items.map((item, i): ReadResult => {
    const itemName = `${name}#item ${i + 1}`;
    const html = item['content:encoded'] ?? item.content ?? item.summary ?? '';
    const text = html ? fragmentText(html) : (item.contentSnippet ?? '');
    if (!text.trim()) return { ok: false, failure: { name: itemName, error: `${itemName}: item has no text content` } };
    return {
      ok: true,
      article: {
        name: itemName,
        format: 'feed',
        input: html,
        text,
        meta: {
          title: item.title?.trim() || null,
          url: item.link ?? item.guid ?? null,
          source: feed.title?.trim() || null,
          published: normalizeDate(item.isoDate ?? item.pubDate),
          byline: item.creator ?? item.author ?? null,
        },
        warnings: [],
      },
    };
  });
}

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]|<feed[\s>][^]*?xmlns="http:\/\/www\.w3\.org\/2005\/Atom"|<rdf:RDF/.test(head);
}
