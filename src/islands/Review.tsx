/**
 * The vendor report review island: holds what the reader entered, mirrors it in the URL, and shows
 * the form and the review. Every rule lives in src/lib/review; nothing leaves the browser.
 *
 * The first screen is an empty form, so the rules, the review view and the link codec load when
 * the reader reaches for the tool (or at once, for a link that carries a review).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '../lib/engagement/dates';
import { loadOnce } from '../lib/engagement/lazy';
import { EMPTY_INPUT, settledInput } from '../lib/review/input';
import type { ReviewInput } from '../lib/review/rules';
import type { LinkNotice } from '../lib/review/url-state';
import ReviewForm from './review/ReviewForm';

interface Props {
	/** The build date, replaced by today's date once the page runs. */
	buildDate: string;
}

const loadReview = loadOnce(async () => {
	const [link, rules, view] = await Promise.all([
		import('../lib/review/url-state'),
		import('../lib/review/rules'),
		import('./review/ReviewResult'),
	]);
	return { link, rules, View: view.default };
});
type Loaded = Awaited<ReturnType<typeof loadReview>>;

export default function Review({ buildDate }: Props) {
	const [today, setToday] = useState(buildDate);
	const [input, setInput] = useState<ReviewInput>(EMPTY_INPUT);
	const [notices, setNotices] = useState<LinkNotice[]>([]);
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [failed, setFailed] = useState(false);
	const [ready, setReady] = useState(false);
	const attribution = useRef<readonly (readonly [string, string])[]>([]);

	const load = () =>
		loadReview().then(
			(m) => {
				setFailed(false);
				setLoaded(m);
				return m;
			},
			() => {
				setFailed(true);
				return null;
			},
		);

	// Read the URL after mount: the HTML was prerendered without a query string.
	useEffect(() => {
		const now = todayIso();
		setToday(now);
		const read = (m: Loaded) => {
			const link = m.link.readReviewLink(location.search, now);
			attribution.current = link.attribution;
			setInput(link.input);
			return link;
		};
		if (location.search.length > 1)
			void load().then((m) => {
				if (m) setNotices(read(m).notices);
				setReady(true);
			});
		else setReady(true);
		const onPop = () => void load().then((m) => m && read(m));
		addEventListener('popstate', onPop);
		return () => removeEventListener('popstate', onPop);
	}, []);

	const settled = useMemo(() => settledInput(input), [input]);
	useEffect(() => {
		if (!ready || !loaded) return;
		const query = loaded.link.reviewLink(settled, attribution.current);
		const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
		if (`${location.pathname}${location.search}${location.hash}` !== url)
			history.replaceState(null, '', url);
	}, [settled, ready, loaded]);

	const review = useMemo(
		() => loaded?.rules.reviewReport(settled, today) ?? null,
		[loaded, settled, today],
	);

	return (
		// Reaching for the tool (pointer or keyboard) is the cue to fetch the rest of it.
		<div
			className="rv"
			data-ready={ready ? '' : undefined}
			onPointerEnter={() => void load()}
			onFocus={() => void load()}
		>
			{notices.length > 0 && (
				<div className="rv-notice no-print" role="status">
					<p>
						<strong>Some of the link could not be used:</strong>
					</p>
					<ul>
						{notices.map((n, i) => (
							<li key={i}>{n.message}</li>
						))}
					</ul>
				</div>
			)}
			<div className="rv-layout">
				<ReviewForm input={input} problems={review?.problems ?? []} onChange={setInput} />
				{loaded && review ? (
					<loaded.View input={settled} review={review} today={today} />
				) : (
					<section className="rv-result" aria-labelledby="rv-result-heading">
						<h2 id="rv-result-heading">Your review</h2>
						<div className="rv-finding rv-incomplete" role="status" data-testid="review-finding">
							<p className="rv-headline">
								{failed
									? 'Part of the review could not be loaded. Check the connection and try again.'
									: 'Enter the report’s dates and opinion to see the review.'}
							</p>
						</div>
						{failed && (
							<button type="button" className="button secondary" onClick={() => void load()}>
								Try again
							</button>
						)}
					</section>
				)}
			</div>
		</div>
	);
}
