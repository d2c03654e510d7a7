// A group's community guidelines in a scrollable region that keyboard users can focus and scroll.
// Plain text with the author's line breaks kept: nothing from the server is rendered as HTML.
export function GuidelinesBox({ id, text }: { id: string; text: string }) {
  return (
    <section id={id} className="guidelines" tabIndex={0} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="guidelines__title">
        Community guidelines
      </h2>
      <div className="guidelines__text">{text}</div>
    </section>
  );
}
