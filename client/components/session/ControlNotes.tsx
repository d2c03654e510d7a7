// Sentences next to the controls: why the mic or camera cannot be turned on now (muted by the
// facilitator, someone else holds the talking stick). The toggles point here with aria-describedby.
import { CAMERA_BLOCK_ID, MIC_BLOCK_ID } from './RoomControls';

export function ControlNotes({ micBlock, cameraBlock }: { micBlock: string | null; cameraBlock: string | null }) {
  if (!micBlock && !cameraBlock) return null;
  return (
    <div className="control-notes">
      {micBlock && (
        <p id={MIC_BLOCK_ID} className="control-note">
          {micBlock}
        </p>
      )}
      {cameraBlock && (
        <p id={CAMERA_BLOCK_ID} className="control-note">
          {cameraBlock}
        </p>
      )}
    </div>
  );
}
