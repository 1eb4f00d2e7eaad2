/**
 * The vendor report review island: holds what the reader entered, mirrors it in the URL, and shows
 * the form and the review. Every rule lives in src/lib/review; nothing leaves the browser.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '../lib/engagement/dates';
import { EMPTY_INPUT, settledInput } from '../lib/review/input';
import { reviewReport, type ReviewInput } from '../lib/review/rules';
import { readReviewLink, reviewLink, type LinkNotice } from '../lib/review/url-state';
import ReviewForm from './review/ReviewForm';
import ReviewResult from './review/ReviewResult';

interface Props {
	/** The build date, replaced by today's date once the page runs. */
	buildDate: string;
}

export default function Review({ buildDate }: Props) {
	const [today, setToday] = useState(buildDate);
	const [input, setInput] = useState<ReviewInput>(EMPTY_INPUT);
	const [notices, setNotices] = useState<LinkNotice[]>([]);
	const [ready, setReady] = useState(false);
	const attribution = useRef<readonly (readonly [string, string])[]>([]);

	// Read the URL after mount: the HTML was prerendered without a query string.
	useEffect(() => {
		const read = () => {
			const link = readReviewLink(location.search, todayIso());
			attribution.current = link.attribution;
			setInput(link.input);
			return link;
		};
		setNotices(read().notices);
		setToday(todayIso());
		setReady(true);
		addEventListener('popstate', read);
		return () => removeEventListener('popstate', read);
	}, []);

	const settled = useMemo(() => settledInput(input), [input]);
	useEffect(() => {
		if (!ready) return;
		const query = reviewLink(settled, attribution.current);
		const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
		if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, '', url);
	}, [settled, ready]);

	const review = useMemo(() => reviewReport(settled, today), [settled, today]);

	return (
		<div className="rv" data-ready={ready ? '' : undefined}>
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
				<ReviewForm input={input} problems={review.problems} onChange={setInput} />
				<ReviewResult input={settled} review={review} today={today} />
			</div>
		</div>
	);
}
