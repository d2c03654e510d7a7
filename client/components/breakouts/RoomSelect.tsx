// Which room one person goes to: every breakout room and the main room. The select is the
// accessible way to assign or move someone ("Room for Sam", "Move Sam").
interface Props {
  id?: string;
  label: string;
  value: string;
  rooms: ReadonlyArray<{ id: string; name: string }>;
  inactive?: boolean;
  onChange: (roomId: string) => void;
}

export function RoomSelect({ id, label, value, rooms, inactive, onChange }: Props) {
  return (
    <select
      id={id}
      className="bo-select"
      aria-label={label}
      value={value}
      aria-disabled={inactive || undefined}
      onChange={(e) => {
        if (!inactive && e.target.value !== value) onChange(e.target.value);
      }}
    >
      {rooms.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </select>
  );
}
